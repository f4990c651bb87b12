package org.casoteca.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Drops {@code Accept-Language} and {@code Accept-Charset} values that name nothing (such as {@code
 * ,} or {@code ;}) before Micronaut reads them: its parser fails on them while routing, where no
 * error handler can help (Micronaut 4.10). A request without the header gets the default language,
 * which is what such a header asks for.
 */
@Singleton
class HeaderHygiene implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

  private static final String HANDLER = "casoteca-header-hygiene";
  private static final List<CharSequence> PREFERENCE_HEADERS =
      List.of(HttpHeaderNames.ACCEPT_LANGUAGE, HttpHeaderNames.ACCEPT_CHARSET);

  @Override
  public NettyServerCustomizer.Registry onCreated(
      BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
    event.getBean().register(new Customizer(null));
    return event.getBean();
  }

  /** A preference header is usable when each of its ranges starts with a tag (a letter or *). */
  static boolean usable(String value) {
    boolean any = false;
    for (String range : value.split(",")) {
      String r = range.strip();
      if (r.isEmpty()) {
        continue;
      }
      if (!Character.isLetter(r.charAt(0)) && r.charAt(0) != '*') {
        return false;
      }
      any = true;
    }
    return any;
  }

  private record Customizer(Channel channel) implements NettyServerCustomizer {

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
      return new Customizer(channel);
    }

    @Override
    public void onStreamPipelineBuilt() {
      if (channel != null
          && channel.pipeline().get(HANDLER) == null
          && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null) {
        channel
            .pipeline()
            .addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, HANDLER, CLEANER);
      }
    }
  }

  private static final ChannelHandler CLEANER = new Cleaner();

  @ChannelHandler.Sharable
  private static final class Cleaner extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof HttpRequest request) {
        for (CharSequence name : PREFERENCE_HEADERS) {
          if (!request.headers().getAll(name).stream().allMatch(HeaderHygiene::usable)) {
            request.headers().remove(name);
          }
        }
      }
      ctx.fireChannelRead(msg);
    }
  }
}
