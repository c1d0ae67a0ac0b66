import Foundation

/// A Word document (a zip of WordprocessingML) from a body rendered by a template: the
/// package parts around it — styles in the State's format (Nghị định 30/2020/NĐ-CP, Phụ lục I:
/// Times New Roman 13 pt, justified, 6 pt between paragraphs), A4 with its margins, and page
/// numbers from the second page — are written here, so templates hold only the text.
enum Docx {
    enum Orientation { case portrait, landscape }

    /// Twentieths of a point: A4 is 210 × 297 mm.
    static let a4Short = 11906, a4Long = 16838
    /// Margins in twips (1 mm = 56.7): top and bottom 20 mm, left 30 mm, right 15 mm.
    static let margins = (top: 1134, bottom: 1134, left: 1701, right: 850)

    /// `frame` draws a double border round each page (a certificate printed on plain paper).
    /// `pageNumbers` off for certificates: each is a page of its own, never numbered.
    static func package(body: String, orientation: Orientation, frame: Bool = false, pageNumbers: Bool = true) throws -> Data {
        try ZipPackage.make([
            ("[Content_Types].xml", contentTypes(header: pageNumbers)),
            ("_rels/.rels", rootRelationships),
            ("word/_rels/document.xml.rels", documentRelationships(header: pageNumbers)),
            ("word/document.xml", document(body: body, orientation: orientation, frame: frame, header: pageNumbers)),
            ("word/styles.xml", styles),
            ("word/settings.xml", settings),
        ] + (pageNumbers ? [("word/header1.xml", pageNumberHeader)] : []))
    }

    /// Where a template starts a new section (a page of its own, numbered anew).
    static let sectionMarker = "<!-- haian:section -->"

    private static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        """

    private static func document(body: String, orientation: Orientation, frame: Bool, header: Bool) -> String {
        let (width, height) = orientation == .portrait ? (a4Short, a4Long) : (a4Long, a4Short)
        let orient = orientation == .portrait ? "" : " w:orient=\"landscape\""
        let side = { (edge: String) in "<w:\(edge) w:val=\"double\" w:sz=\"18\" w:space=\"24\" w:color=\"C00000\"/>" }
        let borders = frame ? "<w:pgBorders w:offsetFrom=\"page\">" + ["top", "left", "bottom", "right"].map(side).joined() + "</w:pgBorders>" : ""
        // A certificate is centred on its sheet; a document keeps the binding margin on the left.
        let (left, right) = orientation == .portrait ? (margins.left, margins.right) : (margins.top, margins.top)
        // Each section numbers its own pages from 1, the first unnumbered (titlePg): the
        // decision's attached list is a document of its own.
        let section = "\(header ? "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>" : "")"
            + "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"\(orient)/>"
            + "<w:pgMar w:top=\"\(margins.top)\" w:right=\"\(right)\" w:bottom=\"\(margins.bottom)\" w:left=\"\(left)\" "
            + "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>\(borders)"
            + (header ? "<w:pgNumType w:start=\"1\"/><w:titlePg/>" : "")
        let body = body.replacingOccurrences(of: sectionMarker, with: "<w:p><w:pPr><w:sectPr>\(section)</w:sectPr></w:pPr></w:p>")
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document \(namespaces)><w:body>
            \(body)
            <w:sectPr>\(section)</w:sectPr>
            </w:body></w:document>
            """
    }

    private static func contentTypes(header: Bool) -> String { """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        \(header ? "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>" : "")\
        </Types>
        """
    }

    private static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    private static func documentRelationships(header: Bool) -> String { """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
        \(header ? "<Relationship Id=\"rIdHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>" : "")\
        </Relationships>
        """
    }

    private static let settings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings \(namespaces)><w:defaultTabStop w:val="720"/><w:compat/></w:settings>
        """

    /// Page numbers at the top centre, from the second page (the first has no header: titlePg).
    private static let pageNumberHeader = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr \(namespaces)><w:p><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
        </w:p></w:hdr>
        """

    /// The styles templates name: body text, the heading columns, the title, the lists.
    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles \(namespaces)>\
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>\
        <w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="120" w:line="276" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:ind w:firstLine="567"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="HaiAn Heading"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="HeadingPlain"><w:name w:val="HaiAn Heading Plain"/><w:basedOn w:val="Heading"/><w:rPr><w:b w:val="0"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="DateLine"><w:name w:val="HaiAn Date Line"/><w:basedOn w:val="Heading"/><w:rPr><w:b w:val="0"/><w:i/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:before="240" w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="28"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Summary"><w:name w:val="HaiAn Summary"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:after="240"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Section"><w:name w:val="HaiAn Section"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:jc w:val="left"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Center"><w:name w:val="HaiAn Center"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Cell"><w:name w:val="HaiAn Cell"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Recipients"><w:name w:val="HaiAn Recipients"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="22"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="HaiAn Signature"/><w:basedOn w:val="Heading"/></w:style>\
        <w:style w:type="table" w:styleId="Grid"><w:name w:val="HaiAn Grid"/><w:tblPr><w:tblBorders>\
        <w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        </w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        </w:styles>
        """
}
