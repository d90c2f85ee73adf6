package dev.rehabdoc.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * A handout's XMP metadata: what OpenPDF writes for PDF/A-2A (title, authors, dates, {@code pdfaid}), and the PDF/UA-1
 * identification {@code pdfuaid:part}, with the extension schema PDF/A asks for any property outside its own set.
 */
final class Metadata {
    private static final String UA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";
    private static final String UA_SCHEMA = """
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">\
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">\
            <pdfaProperty:name>part</pdfaProperty:name>\
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\
            <pdfaProperty:category>internal</pdfaProperty:category>\
            <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\
            </rdf:li></rdf:Seq></pdfaSchema:property>\
            </rdf:li></rdf:Bag></pdfaExtension:schemas>""";

    private Metadata() {
    }

    /** The XMP packet of a handout whose document information is {@code info}. */
    static byte[] xmp(PdfDictionary info) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XmpWriter xmp = new XmpWriter(bytes, info, PdfWriter.PDFA2A);
            xmp.addRdfDescription("xmlns:pdfuaid=\"" + UA_NAMESPACE + "\"", "<pdfuaid:part>1</pdfuaid:part>");
            xmp.addRdfDescription("xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                    + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                    + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"", UA_SCHEMA);
            xmp.close();
        } catch (IOException e) {
            throw new UncheckedIOException("writing XMP into memory failed", e);
        }
        return bytes.toByteArray();
    }
}
