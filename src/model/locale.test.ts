/** The view model's words in other languages (section 10), with literal expected strings. */
import { describe, expect, it } from 'vitest';
import type { CurrentStatus } from '../engine/status.ts';
import { formatBudgetSentence } from '../format/figures.ts';
import { bannerView, definitions } from './views.ts';
import { bannerHeadline, vocabulary } from './vocabulary.ts';

const weights = { major: 1, partial: 0.3, degraded: 0, maintenance: 0 };
const status = { active: [{}, {}], maintenanceInProgress: [{}], banner: { state: 'partial' } } as unknown as CurrentStatus;
const asOf = new Date('2026-06-18T12:00:00Z');
const budget = { used: 0.384, usedMinutes: 16.6, allowedMinutes: 43.2, remainingMinutes: 26.6 };

describe('view words per language', () => {
  it('names states from the catalog', () => {
    expect(bannerHeadline('operational', 'da')).toBe('Alle systemer kører normalt');
    expect(vocabulary('de').impact.partial).toBe('Teilausfall');
    expect(vocabulary('fr').state.resolved).toBe('Résolu');
    expect(vocabulary('ar').impact.major).toBe('انقطاع كبير');
    expect(vocabulary('da').dayLevelKey.map((key) => key.label)).toEqual([
      'Kører normalt',
      'Nedsat ydelse',
      'Delvist nedbrud',
      'Større nedbrud',
      'Vedligeholdelse',
      'Endnu ikke målt',
    ]);
  });

  it('counts what is going on with the language’s plurals', () => {
    expect(bannerView(status, asOf, 'en').summary).toBe('2 incidents ongoing, 1 maintenance in progress');
    expect(bannerView(status, asOf, 'da').summary).toBe('2 igangværende hændelser, 1 vedligeholdelse i gang');
    expect(bannerView(status, asOf, 'de').summary).toBe('2 laufende Vorfälle, 1 Wartung läuft');
    expect(bannerView(status, asOf, 'ar').summary).toBe('حادثتان جاريتان، عملية صيانة واحدة جارية');
  });

  it('writes the definitions with the language’s numbers and punctuation', () => {
    expect(definitions(weights, 'da').uptime).toBe(
      'Oppetid er den andel af tiden, en komponent virkede: et minut med større nedbrud tæller som nede og et minut med delvist nedbrud som 30\u00a0% nede; nedsat ydelse og vedligeholdelse tæller ikke.',
    );
    expect(definitions(weights, 'fr').uptime).toBe(
      'La disponibilité est la part du temps pendant laquelle un composant a fonctionné : une minute de panne majeure compte comme indisponible et une minute de panne partielle comme 30\u00a0% d’indisponibilité ; les minutes de performances dégradées et maintenance ne comptent pas.',
    );
    expect(definitions(weights, 'de').budget).toContain(
      'bei einem Ziel von 99,9\u00a0% sind es 0,1\u00a0% der Minuten des Monats (43,2 Minuten',
    );
  });

  it('says a budget in one sentence per language', () => {
    expect(formatBudgetSentence(budget, "June's")).toBe("Used 38% of June's error budget (17 of 43 minutes); 27 minutes left.");
    expect(formatBudgetSentence(budget, 'junis', 'da')).toBe(
      'Brugt 38\u00a0% af junis fejlbudget (17 af 43 minutter); 27 minutter tilbage.',
    );
    expect(formatBudgetSentence(budget, 'des Junis', 'de')).toBe(
      '38\u00a0% des Fehlerbudgets des Junis verbraucht (17 von 43 Minuten); 27 Minuten übrig.',
    );
  });
});
