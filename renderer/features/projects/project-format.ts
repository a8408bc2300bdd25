// How a project's investment reads in the interface language: the amount with its currency, through Intl.
/** "$250,000,000" in English, "250.000.000 US$" in Spanish; whole amounts without decimals; an unknown code still shows. */
export function formatInvestment(investment: { amount: number; currency: string }, language: string): string {
  const whole = Number.isInteger(investment.amount);
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency: investment.currency,
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }).format(investment.amount);
  } catch {
    return `${new Intl.NumberFormat(language).format(investment.amount)} ${investment.currency}`;
  }
}

