// French formats: 1 234 567, 11,7 %, 31/12/2002.

const INTEGER = new Intl.NumberFormat('fr-FR', {maximumFractionDigits: 0});
const DECIMAL = new Intl.NumberFormat('fr-FR', {maximumFractionDigits: 2});
const PERCENT = new Intl.NumberFormat('fr-FR', {style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1});
const MONEY = {
  FRF: new Intl.NumberFormat('fr-FR', {style: 'currency', currency: 'FRF'}),
  EUR: new Intl.NumberFormat('fr-FR', {style: 'currency', currency: 'EUR'}),
};
const INSTANT = new Intl.DateTimeFormat('fr-FR', {dateStyle: 'short', timeStyle: 'medium'});
const LONG_DATE = new Intl.DateTimeFormat('fr-FR', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});

export function integer(value) {
  return value === null || value === undefined ? '—' : INTEGER.format(Number(value));
}

export function decimal(value) {
  return value === null || value === undefined ? '—' : DECIMAL.format(Number(value));
}

/** A share from 0 to 1. */
export function percent(share) {
  return share === null || share === undefined ? '—' : PERCENT.format(Number(share));
}

export function money(budget) {
  if (!budget || budget.amount === null || budget.amount === undefined) return '—';
  const format = MONEY[budget.currency];
  return format ? format.format(Number(budget.amount)) : `${DECIMAL.format(Number(budget.amount))} ${budget.currency}`;
}

/** A date of the domain (2002-12-31) as 31/12/2002, read from its digits: no time zone can shift it. */
export function date(iso) {
  if (!iso) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : String(iso);
}

/** A date of the domain as "31 décembre 2002". */
export function longDate(iso) {
  if (!iso) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? LONG_DATE.format(new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]))) : String(iso);
}

/** An instant (when an event was recorded), in the reader's time. */
export function instant(iso) {
  if (!iso) return '—';
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? String(iso) : INSTANT.format(value);
}

export function plural(count, singular, pluralForm = `${singular}s`) {
  return `${integer(count)} ${Number(count) > 1 ? pluralForm : singular}`;
}
