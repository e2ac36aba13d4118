import type { z } from 'zod';
import type { ProtocolSchema } from './clinical-schema';

type ProtocolInput = z.input<typeof ProtocolSchema>;

/**
 * Published injection protocols, as the named studies reported them. They differ, so each stays
 * separate: the content never merges them into one "standard" dose (clinical.md §3.2).
 */
export const protocols = {
  rabago2013Ia: {
    study: 'rabago-2013',
    solution: 'Dextrose mixed with lidocaine',
    concentration: '25% dextrose',
    volume: '6 mL',
    schedule: 'Weeks 1, 5 and 9, with optional sessions at weeks 13 and 17',
    notReported: ['exact lidocaine mix', 'needle gauge'],
    sources: ['rabago-2013', 'hung-2016-protocol-table'],
  },
  rabago2013Ea: {
    study: 'rabago-2013',
    solution: 'Dextrose',
    concentration: '15% dextrose',
    volume: '0.5 mL per needle insertion, up to 22.5 mL in total',
    schedule: 'Weeks 1, 5 and 9, with optional sessions at weeks 13 and 17',
    notReported: ['which sites were injected in each participant', 'needle gauge'],
    sources: ['rabago-2013', 'hung-2016-protocol-table'],
  },
  rabago2012Ia: {
    study: 'rabago-2012',
    // The study's extra-articular solution (with sodium morrhuate) is in the IA-1 site's protocolNote.
    solution: 'Dextrose',
    concentration: '25% dextrose',
    volume: '6 mL',
    schedule: 'Weeks 1, 5 and 9, with optional weeks 13 and 17',
    notReported: ['needle gauge'],
    sources: ['rabago-2012'],
  },
  reeves2000Ia: {
    study: 'reeves-2000',
    solution: 'Dextrose with 0.075% lidocaine in bacteriostatic water',
    concentration: '10% dextrose',
    volume: '9 mL',
    needle: '27-gauge',
    schedule: 'Every 2 months for 3 blinded injections, then 3 more open-label',
    sources: ['reeves-2000', 'hung-2016-protocol-table'],
  },
  dumais2012Ia: {
    study: 'dumais-2012',
    solution: 'Dextrose with 0.5% lidocaine',
    concentration: '20% dextrose',
    volume: '5 mL',
    schedule: '4 sessions, 4 weeks apart',
    notReported: ['needle gauge'],
    sources: ['dumais-2012', 'hung-2016-protocol-table'],
  },
  dumais2012Ea: {
    study: 'dumais-2012',
    solution: 'Dextrose with 0.6% lidocaine',
    concentration: '15% dextrose',
    volume: '1 mL at each of 8 collateral-ligament sites (both ends of both collateral ligaments)',
    schedule: '4 sessions, 4 weeks apart',
    notReported: ['needle gauge'],
    sources: ['dumais-2012', 'hung-2016-protocol-table'],
  },
  nct05537077Ea: {
    study: 'nct05537077',
    solution: 'Dextrose',
    concentration: '5%, 10% or 20% dextrose (the three arms being compared)',
    volume: '1 mL per site: 10 peri-articular sites (10 mL) plus 5 mL intra-articular',
    schedule: 'Weeks 0, 3 and 6',
    notReported: ['results (registry entry)', 'needle gauge'],
    sources: ['nct05537077'],
  },
} satisfies Record<string, ProtocolInput>;
