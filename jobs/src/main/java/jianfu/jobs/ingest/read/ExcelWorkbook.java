package jianfu.jobs.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * An .xlsx file opened as far as reading its first sheet needs (POI's OPC package, never the whole
 * workbook in memory): the sheet's XML, and the shared strings, cell styles and date system its
 * cells are read with (CellValues).
 */
final class ExcelWorkbook implements Closeable {

  private final OPCPackage workbook;
  private final PackagePart sheet;
  private final CellValues cellValues;

  private ExcelWorkbook(OPCPackage workbook, PackagePart sheet, CellValues cellValues) {
    this.workbook = workbook;
    this.sheet = sheet;
    this.cellValues = cellValues;
  }

  /** Opens {@code file}; a file that is not an .xlsx workbook with a sheet is refused. */
  static ExcelWorkbook open(Path file) {
    String name = file.getFileName().toString();
    OPCPackage workbook;
    try {
      workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (OLE2NotOfficeXmlFileException e) {
      throw RefusedFileException.refused(
          name, "it is an Excel 97-2003 (.xls) workbook; save it as .xlsx");
    } catch (OpenXML4JException | RuntimeException e) {
      throw RefusedFileException.refused(
          name, "it is not an .xlsx workbook (" + e.getMessage() + ")");
    }
    try {
      XSSFReader reader = new XSSFReader(workbook);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      if (!sheets.hasNext()) {
        throw RefusedFileException.refused(name, "its workbook has no sheet");
      }
      sheets.next().close();
      CellValues cellValues =
          new CellValues(
              new ReadOnlySharedStringsTable(workbook, false),
              reader.getStylesTable(),
              usesDate1904(reader));
      return new ExcelWorkbook(workbook, sheets.getSheetPart(), cellValues);
    } catch (RefusedFileException e) {
      workbook.revert();
      throw e;
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | XMLStreamException
        | RuntimeException e) {
      workbook.revert();
      throw RefusedFileException.refused(
          name, "its workbook cannot be read (" + e.getMessage() + ")");
    }
  }

  /** Dates are days since 1900, or since 1904 where the workbook says so (old Mac workbooks). */
  private static boolean usesDate1904(XSSFReader reader)
      throws IOException, OpenXML4JException, XMLStreamException {
    try (InputStream in = reader.getWorkbookData()) {
      XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
      try {
        // workbookPr, where it is, comes before the list of sheets
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) {
            if (xml.getLocalName().equals("workbookPr")) {
              String date1904 = xml.getAttributeValue(null, "date1904");
              return "1".equals(date1904) || "true".equals(date1904);
            }
            if (xml.getLocalName().equals("sheets")) {
              return false;
            }
          }
        }
        return false;
      } finally {
        xml.close();
      }
    }
  }

  /** A new stream of the first sheet's XML. */
  InputStream sheet() throws IOException {
    return sheet.getInputStream();
  }

  CellValues cellValues() {
    return cellValues;
  }

  @Override
  public void close() {
    // read-only: revert() releases the file; close() would try to save it
    workbook.revert();
  }
}
