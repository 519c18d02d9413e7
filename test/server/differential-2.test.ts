// Part 2 of the differential test (support/differential-suite.ts has the test and its known differences).
import { differentialSuite } from './support/differential-suite.js';

differentialSuite(2, 3);
