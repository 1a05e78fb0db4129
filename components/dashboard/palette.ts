// Okabe–Ito: distinguishable with every common colour-vision deficiency. Series differ by
// dash pattern or direct labels too, never by colour alone.
export const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#E69F00', '#CC79A7', '#56B4E9'] as const;
