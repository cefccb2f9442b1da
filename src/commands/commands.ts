/**
 * Function file for the ribbon's ExecuteFunction commands (manifest.xml: FunctionName "validateAll").
 * Placeholder: the lead fills in the validation logic. Whatever happens, event.completed() must be
 * called, or Excel keeps the button busy.
 */

async function validateAll(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // TODO(lead): run the checks on the active workbook and report the result.
  } finally {
    event.completed();
  }
}

// office.js is loaded by a blocking <script> before this bundle, so Office exists here.
Office.actions.associate('validateAll', validateAll);

export { validateAll };
