package org.koinagora.search.lucene;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A query scoring {@code offset + score}: puts every match of a tier above every match of the tiers
 * below it while keeping BM25's order within the tier, reading the postings only once.
 */
final class OffsetScoreQuery extends Query {

  private final Query query;
  private final float offset;

  OffsetScoreQuery(Query query, float offset) {
    this.query = query;
    this.offset = offset;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight inner = query.createWeight(searcher, scoreMode, boost);
    return new FilterWeight(this, inner) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        Scorer scorer = in.scorer(context);
        if (scorer == null) {
          return null;
        }
        return new FilterScorer(scorer, this) {
          @Override
          public float score() throws IOException {
            return offset + in.score();
          }

          @Override
          public float getMaxScore(int upTo) throws IOException {
            return offset + in.getMaxScore(upTo);
          }
        };
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Explanation inner = in.explain(context, doc);
        if (!inner.isMatch()) {
          return inner;
        }
        return Explanation.match(
            offset + inner.getValue().floatValue(), "tier " + offset + " plus:", inner);
      }
    };
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = query.rewrite(searcher);
    return rewritten == query ? super.rewrite(searcher) : new OffsetScoreQuery(rewritten, offset);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "offset(" + offset + ", " + query.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && offset == ((OffsetScoreQuery) other).offset
        && query.equals(((OffsetScoreQuery) other).query);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), query, offset);
  }
}
