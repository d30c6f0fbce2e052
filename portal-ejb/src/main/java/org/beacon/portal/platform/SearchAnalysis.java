package org.beacon.portal.platform;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How text is cut up for search: words, lower case, accents folded, English stems, so "Grooming", "groomed" and
 * "groom" find each other and "children" finds "child" (irregular plurals are listed).
 * <p>
 * Once for each backend, side by side, so that a change to one is seen to need the other: Lucene on one server,
 * Elasticsearch (OpenSearch) on several. The two name the same filters differently; SearchIT runs the same queries
 * on both. Both backends' modules are deployment dependencies (jboss-deployment-structure.xml), since this class
 * names both.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    public static final String ENGLISH = "english";
    /** Whole values (a reference, an email address) compared without case. */
    public static final String LOWERCASE = "lowercase";

    /** Irregular plurals the stemmer cannot guess, common on this site: each pattern and its replacement. */
    private static final String[][] PLURALS = {{"^children$", "child"}, {"^women$", "woman"}, {"^men$", "man"}};

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        var english = context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("englishPossessive");
        for (String[] plural : PLURALS) {
            english.tokenFilter("patternReplace").param("pattern", plural[0]).param("replacement", plural[1]);
        }
        english.tokenFilter("porterStem");
        context.normalizer(LOWERCASE).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        String[] filters = new String[PLURALS.length + 4];
        filters[0] = "lowercase";
        filters[1] = "asciifolding";
        filters[2] = "english_possessive";
        for (int i = 0; i < PLURALS.length; i++) {
            filters[3 + i] = "plural_" + i;
            context.tokenFilter(filters[3 + i]).type("pattern_replace")
                    .param("pattern", PLURALS[i][0]).param("replacement", PLURALS[i][1]);
        }
        filters[filters.length - 1] = "porter_stem";
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters(filters);
        context.normalizer(LOWERCASE).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
