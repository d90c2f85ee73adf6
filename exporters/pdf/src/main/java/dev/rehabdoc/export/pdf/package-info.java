/** PDF/A-2U handouts for patients: one per condition and one per program, laid out with OpenPDF. */
package dev.rehabdoc.export.pdf;
