package org.beacon.portal.web.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table model from four small functions: how many rows match, one page of them, a row by its id,
 * and a row's id. The filters live in the bean that makes it, so the table's own filter and sort maps are unused.
 */
public final class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows from {@code first}, at most {@code size}. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> load(int first, int size);
    }

    public interface Count extends Supplier<Long>, Serializable {
    }

    public interface Find<T> extends LongFunction<T>, Serializable {
    }

    public interface Id<T> extends Function<T, Long>, Serializable {
    }

    private final Count count;
    private final Page<T> page;
    private final Find<T> find;
    private final Id<T> id;

    public PagedRows(Count count, Page<T> page, Find<T> find, Id<T> id) {
        this.count = count;
        this.page = page;
        this.find = find;
        this.id = id;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.get());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(id.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return find.apply(Long.parseLong(rowKey));
    }
}
