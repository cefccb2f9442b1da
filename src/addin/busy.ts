/**
 * One command at a time on a document, across runtimes. The ribbon's 一键校验 (its own function
 * file) and the task pane run separately: two commands at once interleave their syncs on the sheet
 * (marks written between a 自评's read and its writes; a note added twice) and neither undo record
 * knows where the other moved the rows. Office offers no lock, so the document's settings carry a
 * claim: read it (refreshAsync), refuse when another runtime's claim is fresh, write ours, save,
 * read again — whoever's claim the document then holds goes on, the other refuses in one line.
 * A claim older than CLAIM_MS (a runtime closed mid-command) no longer counts.
 *
 * Every save writes the whole settings bag (megabytes of history on a big sheet), so the claim is
 * given back inside the command's last history save (Hold.give) rather than by a save of its own;
 * only a command that saves no history (nothing to undo, a refusal, a failed save) pays for one.
 * The claim's last refresh leaves the bag fresh: the command need not read it again first.
 */
import type { SettingsLike } from '../gateways/office';
import { refreshSettings, saveSettings } from './history';

const BUSY_KEY = 'jixiao.busy';
export const CLAIM_MS = 10 * 60 * 1000;
export const BUSY_LINE = '未执行：本工作簿中另一处（功能区的“一键校验”或任务窗格）正在执行操作，请等它完成后再试（若并无其他操作在进行，10 分钟后自动解除）。';

interface Claim {
  id: string;
  at: number;
}

/** The claim a running command holds; its last settings save takes it off the bag. */
export interface Hold {
  /** Called in the last save's change, before the bag is saved: our claim leaves with that save. */
  give(): void;
  /** Set by the caller once that save went through: nothing is left to give back. */
  given: boolean;
}

const claimOf = (s: SettingsLike): Claim | null => {
  const v = s.get(BUSY_KEY) as Claim | null;
  return v && typeof v.id === 'string' && typeof v.at === 'number' ? v : null;
};

/** Run `work` holding the document's claim; throws BUSY_LINE when another runtime holds it. */
export async function exclusive<T>(s: SettingsLike, me: string, work: (hold: Hold) => Promise<T>): Promise<T> {
  const hold: Hold = {
    give: () => {
      if (claimOf(s)?.id === me) s.remove(BUSY_KEY);
    },
    given: false,
  };
  if (!s.refreshAsync) return work(hold); // one runtime only (no document copy to share)
  await refreshSettings(s);
  const held = claimOf(s);
  if (held && held.id !== me && Date.now() - held.at < CLAIM_MS) throw new Error(BUSY_LINE);
  s.set(BUSY_KEY, { id: me, at: Date.now() });
  await saveSettings(s);
  await refreshSettings(s);
  if (claimOf(s)?.id !== me) throw new Error(BUSY_LINE);
  try {
    return await work(hold);
  } finally {
    if (!hold.given) {
      await refreshSettings(s);
      if (claimOf(s)?.id === me) {
        s.remove(BUSY_KEY);
        await saveSettings(s);
      }
    }
  }
}
