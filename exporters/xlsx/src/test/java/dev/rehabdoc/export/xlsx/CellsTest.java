package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cell's value read by its type, whatever number format it shows it with. */
class CellsTest {
    private XSSFWorkbook workbook;
    private XSSFSheet sheet;

    @BeforeEach
    void newSheet() {
        workbook = new XSSFWorkbook();
        sheet = workbook.createSheet("Log");
    }

    @Test
    void aCellIsFoundByRowAndColumnOrIsNullWhereThereIsNone() {
        XSSFCell cell = sheet.createRow(3).createCell(2);

        assertThat(Cells.at(sheet, 3, 2)).isSameAs(cell);
        assertThat(Cells.at(sheet, 3, 1)).isNull();
        assertThat(Cells.at(sheet, 4, 2)).isNull();
        assertThat(Cells.text(null)).isEmpty();
        assertThat(Cells.blank(null)).isTrue();
    }

    @Test
    void textIsReadAsTyped() {
        XSSFCell cell = cell();
        cell.setCellValue("  Slow walking ");

        assertThat(Cells.text(cell)).isEqualTo("  Slow walking ");
        assertThat(Cells.blank(cell)).isFalse();
    }

    @Test
    void aNumberIsReadInPlainDigitsWhateverFormatHidesRoundsOrReplacesIt() {
        for (String format : new String[] {"General", "0", ";;;", "0;;;", "\"x\"", "0.00%"}) {
            XSSFCell cell = cell();
            cell.setCellValue(2.5);
            cell.setCellStyle(style(format));

            assertThat(Cells.text(cell)).as(format).isEqualTo("2.5");
        }
        XSSFCell whole = cell();
        whole.setCellValue(12);
        assertThat(Cells.text(whole)).isEqualTo("12");
    }

    @Test
    void aDateIsReadInIsoFormWithoutItsTime() {
        XSSFCell day = cell();
        day.setCellValue(LocalDate.of(2026, 3, 2));
        day.setCellStyle(style("d mmm yyyy"));
        XSSFCell moment = cell();
        moment.setCellValue(LocalDateTime.of(2026, 3, 2, 15, 30));
        moment.setCellStyle(style("yyyy-mm-dd hh:mm"));

        assertThat(Cells.text(day)).isEqualTo("2026-03-02");
        assertThat(Cells.text(moment)).isEqualTo("2026-03-02");
    }

    @Test
    void aNumberInADateFormatThatIsNoDateIsReadAsTheNumber() {
        XSSFCell cell = cell();
        cell.setCellValue(-1);
        cell.setCellStyle(style("yyyy-mm-dd"));

        assertThat(Cells.text(cell)).isEqualTo("-1");
    }

    @Test
    void trueFalseAndErrorsAreReadAsExcelWritesThem() {
        XSSFCell yes = cell();
        yes.setCellValue(true);
        XSSFCell no = cell();
        no.setCellValue(false);
        XSSFCell error = cell();
        error.setCellErrorValue(FormulaError.DIV0);

        assertThat(Cells.text(yes)).isEqualTo("TRUE");
        assertThat(Cells.text(no)).isEqualTo("FALSE");
        assertThat(Cells.text(error)).isEqualTo("#DIV/0!");
    }

    @Test
    void anErrorCodeExcelDoesNotKnowIsReadAsNotAvailable() {
        assertThat(Cells.text(stub(CellType.ERROR, (byte) 99))).isEqualTo("#N/A");
    }

    @Test
    void aFormulaIsReadAsItsLastValue() {
        XSSFCell half = formula("1/2");
        XSSFCell joined = formula("\"a\"&\"b\"");
        XSSFCell equal = formula("1=1");
        XSSFCell failed = formula("1/0");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        assertThat(Cells.text(half)).isEqualTo("0.5");
        assertThat(Cells.text(joined)).isEqualTo("ab");
        assertThat(Cells.text(equal)).isEqualTo("TRUE");
        assertThat(Cells.text(failed)).isEqualTo("#DIV/0!");
    }

    @Test
    void anEmptyCellAndSpacesAreBlankButZeroIsNot() {
        XSSFCell empty = cell();
        XSSFCell spaces = cell();
        spaces.setCellValue(" \t ");
        XSSFCell zero = cell();
        zero.setCellValue(0);

        assertThat(Cells.text(empty)).isEmpty();
        assertThat(Cells.blank(empty)).isTrue();
        assertThat(Cells.blank(spaces)).isTrue();
        assertThat(Cells.blank(zero)).isFalse();
        assertThat(Cells.text(stub(CellType._NONE, (byte) 0))).isEmpty();
    }

    @Test
    void wholeNumbersHaveNoFractionAndOthersJustTheirDigits() {
        assertThat(Cells.number(2.0)).isEqualTo("2");
        assertThat(Cells.number(-0.0)).isEqualTo("0");
        assertThat(Cells.number(1200)).isEqualTo("1200");
        assertThat(Cells.number(2.5)).isEqualTo("2.5");
        assertThat(Cells.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Cells.number(1e-7)).isEqualTo("0.0000001");
    }

    @Test
    void numbersFromAQuadrillionOnAreWrittenWithAnExponent() {
        assertThat(Cells.number(999_999_999_999_999.0)).isEqualTo("999999999999999");
        assertThat(Cells.number(1e15)).isEqualTo("1E+15");
        assertThat(Cells.number(-1e15)).isEqualTo("-1E+15");
        assertThat(Cells.number(1.5e20)).isEqualTo("1.5E+20");
    }

    @Test
    void notANumberAndInfinitiesAreNamed() {
        assertThat(Cells.number(Double.NaN)).isEqualTo("NaN");
        assertThat(Cells.number(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(Cells.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    private XSSFCell cell() {
        return sheet.createRow(sheet.getPhysicalNumberOfRows()).createCell(0);
    }

    private XSSFCell formula(String formula) {
        XSSFCell cell = cell();
        cell.setCellFormula(formula);
        return cell;
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** A cell of a type, or with an error code, that POI's own cells never have. */
    private static Cell stub(CellType type, byte error) {
        return (Cell) Proxy.newProxyInstance(Cell.class.getClassLoader(), new Class<?>[] {Cell.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getCellType" -> type;
                    case "getErrorCellValue" -> error;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
