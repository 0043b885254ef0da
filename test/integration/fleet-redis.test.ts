/** Multi-instance fault tests on redis (the suite: test/support/fleet-suite.ts). */
import { fleetSuite } from '../support/fleet-suite.ts';

fleetSuite('redis');
