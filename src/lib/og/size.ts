/** Size of a link-preview card, the size Slack, Teams and X show large previews at. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
