/**
 * Excel workbooks: an exercise log per program that a physiotherapist fills in (Program, Log and Summary sheets),
 * a catalog workbook, and reading a filled log back into a progress report.
 */
package dev.rehabdoc.export.xlsx;
