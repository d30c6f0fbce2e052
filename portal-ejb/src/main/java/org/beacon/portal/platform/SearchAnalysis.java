package org.beacon.portal.platform;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How text is cut up for search: words, lower case, accents folded, English stems, so "Grooming", "groomed" and
 * "groom" find each other and "children" finds "child" (irregular plurals are listed).
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String ENGLISH = "english";
    /** Whole values (a reference, an email address) compared without case. */
    public static final String LOWERCASE = "lowercase";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("englishPossessive")
                // Irregular plurals the stemmer cannot guess, common on this site.
                .tokenFilter("patternReplace").param("pattern", "^children$").param("replacement", "child")
                .tokenFilter("patternReplace").param("pattern", "^women$").param("replacement", "woman")
                .tokenFilter("patternReplace").param("pattern", "^men$").param("replacement", "man")
                .tokenFilter("porterStem");
        context.normalizer(LOWERCASE).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
