package org.esgstudio.office.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small helpers for reading WordprocessingML through the DOM view POI gives of its parts. */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String V = "urn:schemas-microsoft-com:vml";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    private WordXml() {
    }

    static boolean is(Node node, String namespace, String localName) {
        return node instanceof Element && namespace.equals(node.getNamespaceURI())
                && localName.equals(node.getLocalName());
    }

    /** The element children of a node, in order. */
    static List<Element> children(Node node) {
        List<Element> elements = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** The text of an element's text children ({@code w:t}); XmlBeans' DOM has no {@code getTextContent}. */
    static String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    /** The first child element {@code w:name}, if any. */
    static Optional<Element> child(Node node, String localName) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (is(child, W, localName)) {
                return Optional.of((Element) child);
            }
        }
        return Optional.empty();
    }

    /** The {@code w:val} of the child element {@code w:name}. */
    static Optional<String> childValue(Node node, String localName) {
        return child(node, localName).map(WordXml::val);
    }

    static String val(Element element) {
        return attribute(element, W, "val");
    }

    /** A namespaced attribute, or "" when absent. */
    static String attribute(Element element, String namespace, String localName) {
        String value = namespace.isEmpty() ? element.getAttribute(localName) : element.getAttributeNS(namespace, localName);
        return value == null ? "" : value;
    }

    /** An on/off property ({@code <w:b/>}, {@code <w:b w:val="false"/>}): empty when absent. */
    static Optional<Boolean> toggle(Node properties, String localName) {
        return child(properties, localName).map(element -> {
            String value = val(element);
            return !(value.equals("0") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("off"));
        });
    }
}
