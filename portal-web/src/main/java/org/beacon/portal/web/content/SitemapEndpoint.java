package org.beacon.portal.web.content;

import java.io.IOException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.content.PublishedContent;
import org.beacon.portal.content.SitemapEntry;
import org.beacon.portal.platform.PortalSettings;

/** {@code /sitemap.xml}: every published URL with when it last changed; {@code /robots.txt} names it. */
@WebServlet({"/sitemap.xml", "/robots.txt"})
public class SitemapEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PublishedContent content;

    @Inject
    private PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = settings.baseUrl().toString();
        response.setCharacterEncoding("UTF-8");
        if ("/robots.txt".equals(request.getServletPath())) {
            response.setContentType("text/plain");
            response.getWriter().write("User-agent: *\nDisallow: /admin/\nDisallow: /login\n\nSitemap: " + base + "/sitemap.xml\n");
            return;
        }
        response.setContentType("application/xml");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (SitemapEntry entry : content.sitemap()) {
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(base + entry.path());
                xml.writeEndElement();
                xml.writeStartElement("lastmod");
                xml.writeCharacters(entry.lastModified().toString());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
