// How a project's investment reads in the interface language: the amount with its currency, through the shared formatter.
import { formatCurrency } from '../../ui/format.js';

/** "$250,000,000" in English, "250.000.000 US$" in Spanish; whole amounts without decimals; an unknown code still shows. */
export function formatInvestment(investment: { amount: number; currency: string }, language: string): string {
  return formatCurrency(investment.amount, investment.currency, language);
}
