-- A page's hero image and an article's featured image: a picture from the media library, by its id.
ALTER TABLE page ADD COLUMN image_id BIGINT;
ALTER TABLE page ADD CONSTRAINT fk_page_image FOREIGN KEY (image_id) REFERENCES media_file (id);
ALTER TABLE page_aud ADD COLUMN image_id BIGINT;
ALTER TABLE news_article ADD COLUMN image_id BIGINT;
ALTER TABLE news_article ADD CONSTRAINT fk_news_article_image FOREIGN KEY (image_id) REFERENCES media_file (id);
ALTER TABLE news_article_aud ADD COLUMN image_id BIGINT;
