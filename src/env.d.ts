declare namespace App {
  interface Locals {
    /**
     * Set by an island component whose island reads the page's shared calculator
     * strings (`CalculatorStrings.astro`, at the end of the page). Set it before
     * the component's first `await`: the layout may render its end while the
     * component waits.
     */
    calculatorStringsNeeded?: boolean;
  }
}
