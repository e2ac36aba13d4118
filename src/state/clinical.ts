import * as content from '../content';
import { registerContent } from './content-registry';

/**
 * The one door to the clinical content outside `content/` (issue #10; import-rules.test.ts holds
 * everyone to it): importing the content through here registers it for the highlight rule and the
 * scene, which must not import it themselves (the first 3D frame does not need it).
 */
registerContent(content);

export * from '../content';
