/** Annex rows and labels for the format tests: Nordic letters, a formula-looking cell, markup. */
import type { AnnexLabels, AnnexRow } from '../../src/outputs/annex/formats.ts';

export const labels: AnnexLabels = {
  language: 'nb',
  title: 'Krav i anskaffelsen',
  intro: 'Krav fra kravbiblioteket. Hver kode er stabil.',
  code: 'Kode',
  requirement: 'Krav',
  level: 'Nivå',
  category: 'Kategori',
  statementLanguage: 'Språk',
  motivation: 'Hvorfor',
  verificationMethods: 'Verifiseres ved',
  verification: 'Slik verifiserer innkjøperen kravet',
  source: 'Kilde',
  phases: 'Faser',
  url: 'Side',
};

export const rows: AnnexRow[] = [
  {
    id: 'innebygd-personvern',
    code: 'NWTC-PRI-001',
    title: 'Innebygd personvern i velferdsteknologi',
    level: 'Grunnleggende',
    category: 'Personvern',
    statement: 'Løsningen skal ha innebygd personvern; standardinnstillingene skal være de mest personvernvennlige (æøå, ð, þ).',
    statementLanguage: 'Norsk bokmål',
    motivation: '=HYPERLINK("http://evil.example","klikk") looks like a formula',
    verificationMethods: ['Dokumentasjon', 'Demonstrasjon'],
    verification: 'Leverandøren viser innstillingene <b>i en demonstrasjon</b> & dokumenterer dem.',
    source: 'Normen (Helsedirektoratet) https://example.org/normen',
    phases: ['Utvikling, utprøving og evaluering'],
    url: 'https://example.org/nb/requirements/innebygd-personvern/',
  },
  {
    id: 'second',
    code: 'NWTC-IOP-002',
    title: 'A title with | pipe, *stars* and a "quote"',
    level: 'Avansert',
    category: 'Samhandling',
    statement: 'Line one,\nline two\twith a tab and   three spaces.',
    statementLanguage: 'English',
    motivation: '-1 starts with a minus',
    verificationMethods: ['Test'],
    verification: '@SUM(A1) starts with an at sign',
    source: '+46 number',
    phases: ['Ny praksis', 'Overgang til drift'],
    url: 'https://example.org/en/requirements/second/',
  },
];
