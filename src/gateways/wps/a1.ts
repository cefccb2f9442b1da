/** The A1 helpers the WPS gateway and its fake use, from one place (so a move of the shared module is one line here). */
export { colLetters, colNumber, parseAreas, parseRect, qualified, quoteSheet, rectAddress, splitSheet, intersects, contains, MAX_COLS, MAX_ROWS, type Rect } from '../office/address';
