declare namespace App {
  interface Locals {
    /** Set by an article page whose content embeds the walkthrough, so its procedure headings can offer "Guide me through this". */
    walkthroughOnPage?: boolean;
  }
}
