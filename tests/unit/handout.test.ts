import { beforeEach, describe, expect, it } from 'vitest';
import { procedureFacts } from '../../src/content';
import { QUIET_ZONE, qrMatrix, qrPath } from '../../src/lib/qr';
import { pointInRegion, snapshotRegion } from '../../src/lib/snapshot-region';
import {
  closeHandout,
  HandoutError,
  handoutFailed,
  handoutReady,
  requestHandout,
} from '../../src/state/handout';
import { select } from '../../src/state/navigation';
import { resetStore, useStore } from '../../src/state/store';
import { HANDOUT_FACTS } from '../../src/ui/handout/HandoutExpect';
import { decodeQr, drawModules, modulesOfPath } from '../helpers/qr-image';

/** A link as long as one will be once every state is in it (issue #12): camera, layers, dates, tour. */
const longLink =
  'https://clinic.example.org/patients/knee-explorer/?s=superficial-mcl&c=chronic-mcl-sprain&site=ea-1' +
  '&cam=0.4123,0.0456,0.2218,0.0012,0.0234,-0.0045&layers=bone,cartilage,meniscus,ligament,tendon' +
  '&iso=1&labels=1&level=clinician&day=42&schedule=mine&sessions=2026-01-05,2026-02-02,2026-03-02,2026-03-30' +
  '&speed=7&mode=explain&tour=inner-knee&step=3&lang=es';

describe('the handout QR code (issue #12)', () => {
  it('decodes back to the same long link, from qrcode’s own module matrix', () => {
    expect(longLink.length).toBeGreaterThan(300);
    const m = qrMatrix(longLink);
    expect(m.dark).toHaveLength(m.size * m.size);
    const image = drawModules(m.size, (row, col) => m.dark[row * m.size + col] === 1);
    expect(decodeQr(image)).toBe(longLink);
  });

  it('draws exactly the matrix’s dark modules as the SVG path, and that drawing decodes too', () => {
    for (const link of [longLink, 'http://127.0.0.1:4173/?s=acl', 'https://x.example/?q=r%C3%B3tula']) {
      const m = qrMatrix(link);
      const fromPath = modulesOfPath(qrPath(m));
      const dark = new Set<string>();
      for (let i = 0; i < m.dark.length; i++) {
        if (m.dark[i]) dark.add(`${Math.floor(i / m.size)},${i % m.size}`);
      }
      expect(fromPath).toEqual(dark);
      expect(decodeQr(drawModules(m.size, (row, col) => fromPath.has(`${row},${col}`), 3, QUIET_ZONE))).toBe(
        link,
      );
    }
  });

  it('fails when the drawing is wrong: a decoder is not fooled by a damaged symbol', () => {
    const m = qrMatrix(longLink);
    // Flip every module in the top-left finder pattern's square: no reader can locate the symbol.
    const image = drawModules(m.size, (row, col) =>
      row < 8 && col < 8 ? false : m.dark[row * m.size + col] === 1,
    );
    expect(decodeQr(image)).not.toBe(longLink);
  });
});

describe('the part of the view a snapshot shows', () => {
  it('holds the whole free region at the picture’s shape, centred on it', () => {
    const free = { x: 400, y: 0, width: 880, height: 800 };
    const r = snapshotRegion({ width: 1280, height: 800 }, free, 1);
    expect(r.width / r.height).toBeCloseTo(1);
    expect(r.x + r.width / 2).toBeCloseTo(free.x + free.width / 2);
    expect(r.y + r.height / 2).toBeCloseTo(free.y + free.height / 2);
    expect(r.x).toBeLessThanOrEqual(free.x);
    expect(r.x + r.width).toBeGreaterThanOrEqual(free.x + free.width);
    expect(r.y).toBeLessThanOrEqual(free.y);
    expect(r.y + r.height).toBeGreaterThanOrEqual(free.y + free.height);
    // A phone's tall free region: the square reaches past the canvas's sides (the frustum goes on).
    const phone = snapshotRegion({ width: 390, height: 844 }, { x: 0, y: 52, width: 390, height: 488 }, 1);
    expect(phone).toEqual({ x: -49, y: 52, width: 488, height: 488 });
  });

  it('uses the whole canvas without a free region, and places points as fractions of it', () => {
    const r = snapshotRegion({ width: 800, height: 600 }, null, 4 / 3);
    expect(r).toEqual({ x: 0, y: 0, width: 800, height: 600 });
    expect(pointInRegion({ x: 400, y: 150 }, r)).toEqual({ x: 0.5, y: 0.25 });
    expect(pointInRegion({ x: 801, y: 150 }, r)).toBeNull();
  });
});

describe('the handout request (state/handout.ts)', () => {
  beforeEach(resetStore);

  it('resolves when the handout is ready, and leaves the page when what it shows changes', async () => {
    const done = requestHandout(false);
    const h = useStore.getState().handout;
    expect(h?.status).toBe('preparing');
    handoutReady(h?.id ?? -1);
    await expect(done).resolves.toBeUndefined();
    expect(useStore.getState().handout?.status).toBe('ready');
    select('acl');
    expect(useStore.getState().handout).toBeNull();
  });

  it('rejects when it fails, or when a newer request replaces it', async () => {
    const first = requestHandout(false);
    const second = requestHandout(true);
    await expect(first).rejects.toEqual(new HandoutError('replaced'));
    handoutFailed(useStore.getState().handout?.id ?? -1);
    await expect(second).rejects.toEqual(new HandoutError('failed'));
    expect(useStore.getState().handout).toBeNull();
    closeHandout();
  });
});

describe('what the handout prints of "What to expect"', () => {
  it('names facts that exist, each cited', () => {
    for (const id of HANDOUT_FACTS) {
      const fact = procedureFacts.find((f) => f.id === id);
      expect(fact, id).toBeDefined();
      expect(fact?.body.patient.sources.length, id).toBeGreaterThan(0);
      expect(fact?.body.clinician.sources.length, id).toBeGreaterThan(0);
    }
  });
});
