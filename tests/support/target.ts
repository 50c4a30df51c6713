// The target a project's tests talk to and what it can do (lib/capabilities.ts).
export { type Capabilities, type Capability, capabilitiesOf, type Target, WHY } from '../../lib/capabilities.js';
