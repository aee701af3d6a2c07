/** The legal grounds a holiday table cites, so whoever corrects the table sees where a day came from. */
export const LABOUR_CODE_HOLIDAYS = 'Labour Code 2019, art. 112(1)';
export const LABOUR_CODE_COMPENSATION = 'Labour Code 2019, art. 112(3): a holiday on a weekly rest day is taken on the next working day';
