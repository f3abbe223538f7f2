// Firefox's background page: it has a DOM and stays loaded, so it hosts the engine itself.
import { isCheckRequest, isOwnSender, isRewriteRequest } from "../shared/messages.js";
import { answerCheck, answerRewrite, warmUp } from "../offscreen/engine_host.js";

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (!isOwnSender(sender, true)) return false;
  if (isCheckRequest(message, "background")) void answerCheck(message).then(sendResponse);
  else if (isRewriteRequest(message, "background")) void answerRewrite(message).then(sendResponse);
  else return false;
  return true;
});
warmUp();
