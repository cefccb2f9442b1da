/** Office.js gateway figures against the Excel test double (filled in once the gateway lands). */
export async function officeBench(): Promise<string[]> {
  return [];
}
