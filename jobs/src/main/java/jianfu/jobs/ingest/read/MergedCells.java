package jianfu.jobs.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;

/**
 * The merged cells of a sheet. Its XML lists them after all its rows, so finding them is one
 * streamed pass over the sheet.
 */
final class MergedCells {

  private MergedCells() {}

  /** The first merged region that covers part of row {@code line} (from 1), if any. */
  static Optional<String> touchingRow(InputStream sheetXml, long line) throws IOException {
    try (sheetXml) {
      XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT
              && xml.getLocalName().equals("mergeCell")) {
            String reference = xml.getAttributeValue(null, "ref");
            CellRangeAddress region = CellRangeAddress.valueOf(reference);
            if (region.getFirstRow() < line && line <= region.getLastRow() + 1) {
              return Optional.of(reference);
            }
          }
        }
        return Optional.empty();
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException("the sheet's XML is broken: " + e.getMessage(), e);
    }
  }
}
