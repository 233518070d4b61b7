package kr.innocluster.portal.base;

import java.util.Arrays;
import java.util.List;

/** A text for the user as a message key and its arguments; translated where it is shown, in the viewer's language. */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args.clone()));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
