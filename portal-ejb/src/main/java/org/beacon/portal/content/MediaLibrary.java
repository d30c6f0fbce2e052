package org.beacon.portal.content;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditTarget;
import org.beacon.portal.account.AuditTrail;

/**
 * The media library: images (JPEG, PNG, WebP, each with alt text) and PDFs, checked by their content, limited in
 * size, stored once however often uploaded, and never deleted while a page or article still shows them.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class MediaLibrary {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private PortalSettings settings;

    public MediaFile upload(String fileName, byte[] content, String altText) {
        if (content == null || content.length == 0) {
            throw new ContentRefused("Choose a file to upload.");
        }
        if (content.length > settings.mediaMaxBytes()) {
            throw new ContentRefused("The file is too large: at most " + settings.mediaMaxBytes() / (1024 * 1024) + " MB.");
        }
        MediaType type = MediaType.sniff(content)
                .orElseThrow(() -> new ContentRefused("Only JPEG, PNG and WebP images and PDF documents can be uploaded."));
        String alt = altText == null ? "" : altText.strip();
        if (type.isImage() && alt.isEmpty()) {
            throw new ContentRefused("Describe the image in the alt text, for people who cannot see it.");
        }
        // A picture is kept as its pixels only, written again without what the camera or phone added (the place it
        // was taken, the device, the time); the same upload gives the same bytes, so it is still stored once.
        Pictures.Cleaned picture = type.isImage() ? Pictures.clean(content, type) : null;
        byte[] stored = picture == null ? content : picture.bytes();
        String sha256 = sha256(stored);
        Optional<MediaFile> same = em.createQuery("select m from MediaFile m where m.sha256 = :sha", MediaFile.class)
                .setParameter("sha", sha256).getResultStream().findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        MediaFile file = new MediaFile(sha256, fileName(fileName, type), type, alt.isEmpty() ? null : alt, stored,
                picture == null ? null : picture.width(), picture == null ? null : picture.height());
        em.persist(file);
        return file;
    }

    /** Every file, newest first, without the bytes. */
    public List<MediaSummary> files() {
        return em.createQuery("select new org.beacon.portal.content.MediaSummary(m.id, m.sha256, m.fileName, m.contentType,"
                + " m.sizeBytes, m.altText, m.createdAt) from MediaFile m order by m.createdAt desc, m.id desc", MediaSummary.class)
                .getResultList();
    }

    /** Deletes a file nothing uses; otherwise says what still uses it (pages, articles, events, newsletters, welcome mails). */
    public void delete(long id) {
        MediaFile file = em.find(MediaFile.class, id);
        if (file == null) {
            return;
        }
        String inText = "%/media/" + file.getSha256() + "/%";
        // Everything that shows a library file: pictures in text, and the pages', articles' and events' own picture.
        // A newsletter sent long ago still shows it in its web version, so it counts as well.
        List<String> users = Stream.concat(Stream.of(
                        em.createQuery("select concat('page \u201c', p.title, '\u201d') from Page p where p.body like :t or p.image.id = :f", String.class),
                        em.createQuery("select concat('article \u201c', a.title, '\u201d') from NewsArticle a where a.body like :t or a.image.id = :f",
                                String.class),
                        em.createQuery("select concat('event \u201c', e.title, '\u201d') from Event e where e.body like :t or e.image.id = :f", String.class))
                        .map(query -> query.setParameter("f", file.getId())), Stream.of(
                        em.createQuery("select concat('newsletter \u201c', c.subject, '\u201d') from Campaign c where c.body like :t", String.class),
                        em.createQuery("select concat('newsletter template \u201c', t.name, '\u201d') from CampaignTemplate t where t.body like :t",
                                String.class),
                        em.createQuery("select concat('welcome mail of \u201c', l.name, '\u201d') from MailingList l where l.welcomeBody like :t",
                                String.class)))
                .flatMap(query -> query.setParameter("t", inText).getResultStream())
                .distinct().sorted().toList();
        if (!users.isEmpty()) {
            throw new ContentRefused("Still used by: " + String.join("; ", users) + ". Remove it from them first.");
        }
        audit.record(AuditAction.MEDIA_DELETED, AuditTarget.MEDIA, id, "Deleted " + file.getFileName());
        em.remove(file);
    }

    /** The file at this address, for serving to anyone. */
    @PermitAll
    public Optional<MediaFile> bySha256(String sha256) {
        return em.createQuery("select m from MediaFile m where m.sha256 = :sha", MediaFile.class)
                .setParameter("sha", sha256).getResultStream().findFirst();
    }

    /** A name safe in a URL and a header, ending in the extension of what the file really is. */
    static String fileName(String original, MediaType type) {
        String base = original == null ? "" : original.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        String slug = Slugs.of(base);
        return (slug.isEmpty() ? "file" : slug.length() > 100 ? slug.substring(0, 100) : slug) + "." + type.extension();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
