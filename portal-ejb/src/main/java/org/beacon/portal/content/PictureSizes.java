package org.beacon.portal.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

/**
 * A library picture at one of the widths pages offer ({@link MediaReference#getWidths()}), in its own format or as
 * WebP. Made the first time anyone asks (see {@link PictureMakers}) and kept in {@code media_size}, so the work is
 * done once for the whole cluster; another server making the same size at the same moment adds no second row.
 * Bean-managed transactions: the decoding holds no transaction and no connection, only the row's insert does.
 */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class PictureSizes {

    private static final Logger LOG = Logger.getLogger(PictureSizes.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Inject
    private PictureMakers makers;

    /** What a browser gets for {@code /media/{sha256}/{width}/{name}.{extension}}. */
    public record Sized(String contentType, byte[] data) {
    }

    /**
     * The picture at this width in this format ({@code webp} or the picture's own extension), or empty for a size the
     * picture is not offered at or that cannot be made; {@link PicturesBusy} when this server is making too many.
     */
    public Optional<Sized> sized(String sha256, int width, String extension) {
        // The reference, not the file: nothing here reads a picture's bytes before they are needed.
        List<MediaReference> found = em.createQuery("select r from MediaReference r where r.sha256 = :sha", MediaReference.class)
                .setParameter("sha", sha256).getResultList();
        if (found.isEmpty() || !found.get(0).getWidths().contains(width)) {
            return Optional.empty();
        }
        MediaReference picture = found.get(0);
        MediaType own = MediaType.ofContentType(picture.contentType());
        boolean webp = extension.equals(MediaType.WEBP.extension());
        MediaType wanted = webp && picture.isWebpOffered() ? MediaType.WEBP : extension.equals(own.extension()) ? own : null;
        if (wanted == null) {
            return Optional.empty();
        }
        if (wanted == own && width == picture.width()) {
            return Optional.of(new Sized(own.contentType(), original(picture.getId())));
        }
        Optional<byte[]> kept = kept(picture.getId(), width, wanted);
        if (kept.isPresent()) {
            return Optional.of(new Sized(wanted.contentType(), kept.get()));
        }
        byte[] made = makers.make(picture.getId() + "/" + width + "/" + wanted.extension(), () -> kept(picture.getId(), width, wanted).orElseGet(() -> {
            byte[] bytes = Pictures.resized(original(picture.getId()), own, width, wanted);
            keep(picture.getId(), width, wanted.extension(), bytes);
            return bytes;
        }));
        return made == null ? Optional.empty() : Optional.of(new Sized(wanted.contentType(), made));
    }

    private void keep(long mediaId, int width, String format, byte[] data) {
        try {
            transaction.begin();
            em.createNativeQuery("insert into media_size (media_id, width, format, data, created_at) values (?1, ?2, ?3, ?4, ?5)"
                            + " on conflict do nothing")
                    .setParameter(1, mediaId).setParameter(2, width).setParameter(3, format).setParameter(4, data)
                    .setParameter(5, Instant.now())
                    .executeUpdate();
            transaction.commit();
        } catch (Exception e) {
            try {
                transaction.rollback();
            } catch (Exception alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            // Not kept (its picture deleted meanwhile, the database away): served all the same, made again next time.
            LOG.log(Level.WARNING, "A picture size was made but not kept", e);
        }
    }

    private byte[] original(long id) {
        return em.createQuery("select m.data from MediaFile m where m.id = :id", byte[].class).setParameter("id", id).getSingleResult();
    }

    private Optional<byte[]> kept(long mediaId, int width, MediaType format) {
        List<?> rows = em.createNativeQuery("select data from media_size where media_id = ?1 and width = ?2 and format = ?3")
                .setParameter(1, mediaId).setParameter(2, width).setParameter(3, format.extension()).getResultList();
        return rows.stream().findFirst().map(row -> (byte[]) row);
    }
}
