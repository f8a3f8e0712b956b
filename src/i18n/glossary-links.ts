/**
 * Partner Center pages that a glossary label can link to (`<Label k="membershipOffers" link />`).
 * The same page in every language: Partner Center picks the language from the signed-in account.
 */
export const glossaryLinks: Readonly<Record<string, string>> = {
  membershipOffers: 'https://partnercenter.microsoft.com/pcv/partnership/offers',
};
