/** Real queries partners type, per language, by task; the search test checks each reaches its section, the bench times the first. */
export const searchQueries = {
  en: { renew: 'renew', cancel: 'cancel', invoice: 'invoice' },
  de: { renew: 'verlängern', cancel: 'kündigen', invoice: 'Rechnung' },
  nl: { renew: 'verlengen', cancel: 'annuleren', invoice: 'factuur' },
  'zh-cn': { renew: '续订', cancel: '取消', invoice: '发票' },
  ru: { renew: 'продлить', cancel: 'отменить', invoice: 'счет' },
} as const;
