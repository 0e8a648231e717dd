package jianfu.demo;

import java.util.List;

/** Hands out items in turn, so that every one of them occurs once there are enough turns. */
final class RoundRobin<T> {

  private final List<T> items;
  private int next;

  RoundRobin(List<T> items) {
    this.items = List.copyOf(items);
  }

  T next() {
    T item = items.get(next);
    next = (next + 1) % items.size();
    return item;
  }
}
