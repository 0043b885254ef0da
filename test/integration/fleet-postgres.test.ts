/** Multi-instance fault tests on postgres (the suite: test/support/fleet-suite.ts). */
import { fleetSuite } from '../support/fleet-suite.ts';

fleetSuite('postgres');
