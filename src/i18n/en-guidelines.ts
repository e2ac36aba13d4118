/** English strings for what guidelines say (issue #9), shown in the evidence view and on condition cards. */
export const guidelinesEn = {
  title: 'What guidelines say',
  intro:
    'Expert panels weigh the same studies and give advice. Only guidelines whose own text we could read are shown.',
  position: {
    recommends: 'Recommends',
    'conditionally recommends': 'Conditionally recommends',
    'conditionally recommends against': 'Conditionally recommends against',
    'recommends against': 'Recommends against',
    'no recommendation': 'No recommendation',
  },
  quote: 'In the guideline’s words',
} as const;
