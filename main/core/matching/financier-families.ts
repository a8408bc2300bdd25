// Known financier families: the names, acronyms and accountability mechanisms that stand for one financier, so a tag
// "CAO complaints" is understood to be about a project the IFC finances. Listed in docs/matching.md; extend with care.

export interface FinancierFamily {
  /** The name shown when the family is named in a request's text rather than on a project. */
  readonly name: string;
  /** Names, acronyms and mechanisms, matched as whole words after folding case and accents. */
  readonly aliases: readonly string[];
}

export const FINANCIER_FAMILIES: readonly FinancierFamily[] = [
  {
    name: 'World Bank Group',
    aliases: [
      'World Bank',
      'IBRD',
      'International Bank for Reconstruction and Development',
      'IDA',
      'International Development Association',
      'IFC',
      'International Finance Corporation',
      'MIGA',
      'Multilateral Investment Guarantee Agency',
      'Inspection Panel',
      'CAO',
      'Compliance Advisor Ombudsman',
      'Banco Mundial',
      'Banque mondiale',
    ],
  },
  {
    name: 'Inter-American Development Bank',
    aliases: ['Inter-American Development Bank', 'IDB', 'IADB', 'IDB Invest', 'BID', 'Banco Interamericano de Desarrollo', 'MICI'],
  },
  { name: 'Asian Development Bank', aliases: ['Asian Development Bank', 'ADB', 'Banco Asiático de Desarrollo'] },
  { name: 'Asian Infrastructure Investment Bank', aliases: ['Asian Infrastructure Investment Bank', 'AIIB'] },
  { name: 'African Development Bank', aliases: ['African Development Bank', 'AfDB', 'Banque africaine de développement'] },
  { name: 'European Bank for Reconstruction and Development', aliases: ['European Bank for Reconstruction and Development', 'EBRD', 'BERD', 'IPAM'] },
  { name: 'European Investment Bank', aliases: ['European Investment Bank', 'EIB', 'BEI'] },
];
