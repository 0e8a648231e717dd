package jianfu.jobs.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;

/**
 * The rows of a sheet, pulled one at a time from its XML (StAX), so a sheet is never held in
 * memory. Rows that show nothing are passed over, as CSV's empty lines are.
 */
final class SheetRows implements Closeable {

  private final InputStream in;
  private final XMLStreamReader xml;
  private final CellValues cellValues;
  private long lastLine;

  SheetRows(InputStream sheetXml, CellValues cellValues) throws IOException {
    this.in = sheetXml;
    this.cellValues = cellValues;
    try {
      this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
    } catch (XMLStreamException e) {
      sheetXml.close();
      throw new IOException(e);
    }
  }

  /** The next row that is not blank, null after the last. */
  SheetRow next() throws IOException {
    try {
      for (SheetRow row = nextStored(); row != null; row = nextStored()) {
        if (!row.isBlank()) {
          return row;
        }
      }
      return null;
    } catch (XMLStreamException e) {
      throw new IOException("the sheet's XML is broken: " + e.getMessage(), e);
    }
  }

  private SheetRow nextStored() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
        return row();
      }
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
        return null;
      }
    }
    return null;
  }

  /** A row element; a writer may leave out row and cell references, which then count on. */
  private SheetRow row() throws XMLStreamException {
    String number = xml.getAttributeValue(null, "r");
    lastLine = number == null ? lastLine + 1 : Long.parseLong(number);
    List<SheetCell> cells = new ArrayList<>();
    int column = -1;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
        String reference = xml.getAttributeValue(null, "r");
        column = reference == null ? column + 1 : new CellReference(reference).getCol();
        cells.add(cell(column));
      } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
        return new SheetRow(lastLine, cells);
      }
    }
  }

  private SheetCell cell(int column) throws XMLStreamException {
    String type = xml.getAttributeValue(null, "t");
    String style = xml.getAttributeValue(null, "s");
    String value = null;
    String inline = null;
    boolean formula = false;
    while (xml.next() != XMLStreamConstants.END_ELEMENT || !xml.getLocalName().equals("c")) {
      if (xml.isStartElement()) {
        switch (xml.getLocalName()) {
          case "v" -> value = xml.getElementText();
          case "f" -> {
            formula = true;
            xml.getElementText();
          }
          case "is" -> inline = inlineText();
          default -> skipElement();
        }
      }
    }
    return cellValues.cell(column, type, style, value, inline, formula);
  }

  /** The text runs of an inline string, without its phonetic guides (rPh). */
  private String inlineText() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    while (xml.next() != XMLStreamConstants.END_ELEMENT || !xml.getLocalName().equals("is")) {
      if (xml.isStartElement()) {
        switch (xml.getLocalName()) {
          case "t" -> text.append(xml.getElementText());
          case "rPh" -> skipElement();
          default -> {
            // a run (r) holds a t; its properties (rPr) hold no text
          }
        }
      }
    }
    return text.toString();
  }

  private void skipElement() throws XMLStreamException {
    for (int depth = 1; depth > 0; ) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    } finally {
      in.close();
    }
  }
}
