/** Today's date where the policy is published (src/lib/today.ts, where POLICY_TODAY is read). */
export { todayInBrussels } from '../lib/today.ts';
