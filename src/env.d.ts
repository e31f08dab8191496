declare namespace App {
  interface Locals {
    /** The month whose review is being rendered; review MDX components read their figures for it. */
    reviewMonth?: string;
  }
}
