<?php

declare(strict_types=1);

namespace BbbKit;

/**
 * A client feature that `disabledFeatures` can turn off: the library's `Feature`. A feature newer than this list is passed as the string `newer:NAME`.
 * The cases are generated from the library's table (`bin/generate.php`). Where a request takes
 * one, it also takes the value as a string, in any case.
 */
enum Feature: string
{
    // @generated begin cases by bin/generate.php from the library's feature table: do not edit
    /** `breakoutRooms` */
    case BreakoutRooms = 'breakoutRooms';
    /** `captions` */
    case Captions = 'captions';
    /** `chat` */
    case Chat = 'chat';
    /** `downloadPresentationWithAnnotations` */
    case DownloadPresentationWithAnnotations = 'downloadPresentationWithAnnotations';
    /** `externalVideos` */
    case ExternalVideos = 'externalVideos';
    /** `importPresentationWithAnnotationsFromBreakoutRooms` */
    case ImportPresentationWithAnnotationsFromBreakoutRooms = 'importPresentationWithAnnotationsFromBreakoutRooms';
    /** `importSharedNotesFromBreakoutRooms` */
    case ImportSharedNotesFromBreakoutRooms = 'importSharedNotesFromBreakoutRooms';
    /** `layouts` */
    case Layouts = 'layouts';
    /** `learningDashboard` */
    case LearningDashboard = 'learningDashboard';
    /** `polls` */
    case Polls = 'polls';
    /** `screenshare` */
    case Screenshare = 'screenshare';
    /** `sharedNotes` */
    case SharedNotes = 'sharedNotes';
    /** `virtualBackgrounds` */
    case VirtualBackgrounds = 'virtualBackgrounds';
    /** `customVirtualBackgrounds` */
    case CustomVirtualBackgrounds = 'customVirtualBackgrounds';
    /** `liveTranscription` */
    case LiveTranscription = 'liveTranscription';
    /** `presentation` */
    case Presentation = 'presentation';
    /** `cameraAsContent` */
    case CameraAsContent = 'cameraAsContent';
    /** `snapshotOfCurrentSlide` */
    case SnapshotOfCurrentSlide = 'snapshotOfCurrentSlide';
    /** `downloadPresentationOriginalFile` */
    case DownloadPresentationOriginalFile = 'downloadPresentationOriginalFile';
    /** `downloadPresentationConvertedToPdf` */
    case DownloadPresentationConvertedToPdf = 'downloadPresentationConvertedToPdf';
    /** `timer` */
    case Timer = 'timer';
    /** `learningDashboardDownloadSessionData` */
    case LearningDashboardDownloadSessionData = 'learningDashboardDownloadSessionData';
    /** `infiniteWhiteboard` */
    case InfiniteWhiteboard = 'infiniteWhiteboard';
    /** `reactions` */
    case Reactions = 'reactions';
    /** `privateChat` */
    case PrivateChat = 'privateChat';
    /** `deleteChatMessage` */
    case DeleteChatMessage = 'deleteChatMessage';
    /** `editChatMessage` */
    case EditChatMessage = 'editChatMessage';
    /** `replyChatMessage` */
    case ReplyChatMessage = 'replyChatMessage';
    /** `chatMessageReactions` */
    case ChatMessageReactions = 'chatMessageReactions';
    /** `chatEmojiPicker` */
    case ChatEmojiPicker = 'chatEmojiPicker';
    /** `raiseHand` */
    case RaiseHand = 'raiseHand';
    /** `userReactions` */
    case UserReactions = 'userReactions';
    /** `quizzes` */
    case Quizzes = 'quizzes';
    /** `plugins` */
    case Plugins = 'plugins';
    /** `pinChatMessage` */
    case PinChatMessage = 'pinChatMessage';
    // @generated end cases
}
