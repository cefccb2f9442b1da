/**
 * Property tests run on one fixed seed, so a run of `npm test` (and CI) is repeatable: a random seed
 * once failed CI on a case no one had changed. Exploring new seeds is a separate, deliberate step:
 * `FC_SEED=random npx jest test/domain` (or FC_SEED=<n> to replay one); failures found that way are
 * fixed and kept as named cases. A test that passes its own seed keeps it.
 */
import fc from 'fast-check';

const asked = process.env.FC_SEED;
if (asked !== 'random') fc.configureGlobal({ seed: Number(asked) || 20261206 });
