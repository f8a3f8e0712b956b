import Callout from './Callout.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Label from './Label.astro';
import RenewalCalculator from './RenewalCalculator.astro';
import LearnLink from './LearnLink.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';
import Walkthrough from './Walkthrough.astro';

/**
 * The components an article may use, passed to `<Content>` so translators write
 * `<Label k="buy" />` without imports, and Markdown headings get copy-link buttons.
 */
export const articleComponents = { h2: H2, h3: H3, Callout, Label, LearnLink, RenewalCalculator, Step, Steps, Walkthrough };
