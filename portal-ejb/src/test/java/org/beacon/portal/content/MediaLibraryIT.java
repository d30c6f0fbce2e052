package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class MediaLibraryIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("media-library-it");
    }

    @EJB
    MediaLibrary library;

    @EJB
    ContentEditing editing;

    @EJB
    AsAdministrator asAdministrator;

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, ThreadLocalRandom.current().nextInt());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anAnonymousCallerCannotUpload() {
        assertThatThrownBy(() -> library.upload("x.png", png(), "x")).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void anImageWithAltTextIsStoredOnceAtItsContentAddress() throws Exception {
        byte[] png = png();
        MediaFile first = asAdministrator.call(() -> library.upload("Team photo.PNG", png, "Volunteers at the launch"));
        MediaFile again = asAdministrator.call(() -> library.upload("copy.png", png, "Same picture"));

        assertThat(first.getPath()).matches("/media/[0-9a-f]{64}/team-photo\\.png");
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(library.bySha256(first.getSha256())).get().extracting(MediaFile::getContentType).isEqualTo("image/png");
    }

    @Test
    void anArticleCanBeIllustratedWithALibraryImageAndThatImageIsThenInUse() throws Exception {
        MediaFile picture = asAdministrator.call(() -> library.upload("featured.png", png(), "A featured picture"));
        NewsArticle article = asAdministrator.call(() -> editing.createArticle(new ArticleDraft(null, "Illustrated " + picture.getId(),
                null, "<p>x</p>", null, Set.of(), picture.getId(), null, null)));
        asAdministrator.call(() -> editing.publishArticle(article.getId()));

        NewsArticle live = asAdministrator.call(() -> editing.article(article.getId()));
        assertThat(live.getImage().getPath()).isEqualTo(picture.getPath());
        assertThat(live.getImage().getAltText()).isEqualTo("A featured picture");
        assertThatThrownBy(() -> asAdministrator.call(() -> { library.delete(picture.getId()); return null; }))
                .isInstanceOf(ContentRefused.class).hasMessageContaining(article.getTitle());
    }

    @Test
    void theContentDecidesNotTheName() {
        assertThatThrownBy(() -> asAdministrator.call(() -> library.upload("photo.png",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "alt")))
                .isInstanceOf(ContentRefused.class).hasMessageContaining("Only JPEG, PNG and WebP images and PDF");
    }

    @Test
    void imagesNeedAltTextButPdfsDoNot() throws Exception {
        byte[] png = png();
        assertThatThrownBy(() -> asAdministrator.call(() -> library.upload("x.png", png, "  ")))
                .isInstanceOf(ContentRefused.class).hasMessageContaining("alt text");
        byte[] pdf = ("%PDF-1.4\n% " + System.nanoTime() + "\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(asAdministrator.call(() -> library.upload("Annual report.pdf", pdf, null)).getFileName()).isEqualTo("annual-report.pdf");
    }

    @Test
    void aFileInUseCannotBeDeletedAndTheRefusalNamesWhereItIsUsed() throws Exception {
        byte[] png = png();
        MediaFile file = asAdministrator.call(() -> library.upload("used.png", png, "Used picture"));
        String title = "Uses a picture " + file.getId();
        asAdministrator.call(() -> editing.createArticle(new ArticleDraft(null, title, null,
                "<p><img src=\"" + file.getPath() + "\" alt=\"Used picture\"></p>", null, Set.of(), null, null, null)));

        assertThatThrownBy(() -> asAdministrator.call(() -> { library.delete(file.getId()); return null; }))
                .isInstanceOf(ContentRefused.class).hasMessageContaining(title);

        MediaFile unused = asAdministrator.call(() -> library.upload("unused.png", png(), "Unused picture"));
        asAdministrator.call(() -> { library.delete(unused.getId()); return null; });
        assertThat(library.bySha256(unused.getSha256())).isEmpty();
    }
}
