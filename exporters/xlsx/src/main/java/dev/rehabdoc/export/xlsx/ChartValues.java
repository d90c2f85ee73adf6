package dev.rehabdoc.export.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A chart's reference to a column of cells, with the values those cells store given by the writer. POI's own cell
 * range source gets them by running its formula evaluator over every cell (which scans the whole Log per formula);
 * the writer already knows them.
 */
final class ChartValues implements XDDFNumericalDataSource<Double> {
    private final String reference;
    private final int column;
    private final Double[] values;
    private String formatCode;

    /**
     * @param values one per row from {@code firstRow} down; null where the cell holds no number (the chart leaves a
     *               gap)
     */
    ChartValues(XSSFSheet sheet, int firstRow, int column, Double[] values) {
        this.reference = new CellRangeAddress(firstRow, firstRow + values.length - 1, column, column)
                .formatAsString(sheet.getSheetName(), true);
        this.column = column;
        this.values = values.clone();
    }

    @Override
    public int getPointCount() {
        return values.length;
    }

    @Override
    public Double getPointAt(int index) {
        return values[index];
    }

    /** A cell range, so that XDDF keeps the data where it is instead of copying it into a sheet. */
    @Override
    public boolean isCellRange() {
        return true;
    }

    @Override
    public boolean isReference() {
        return true;
    }

    @Override
    public boolean isNumeric() {
        return true;
    }

    @Override
    public int getColIndex() {
        return column;
    }

    @Override
    public String getDataRangeReference() {
        return reference;
    }

    @Override
    public String getFormatCode() {
        return formatCode;
    }

    @Override
    public void setFormatCode(String formatCode) {
        this.formatCode = formatCode;
    }
}
