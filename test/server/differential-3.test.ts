// Part 3 of the differential test (support/differential-suite.ts has the test and its known differences).
import { differentialSuite } from './support/differential-suite.js';

differentialSuite(3, 3);
